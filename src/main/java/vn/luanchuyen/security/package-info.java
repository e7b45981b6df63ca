/**
 * Who may use the application: users with hashed passwords, their roles and the units they are
 * scoped to, the login and the web security rules. It knows nothing of cadres or plans.
 */
package vn.luanchuyen.security;
