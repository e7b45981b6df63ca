/**
 * The web application's frame: layout, navigation, the home page, login and error pages, locale and
 * the registry pages that show several modules together (the unit tree, the cadre list and a
 * cadre's profile). It holds no business rules.
 */
package vn.luanchuyen.web;
