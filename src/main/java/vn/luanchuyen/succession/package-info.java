/**
 * Succession planning (quy hoạch): pools of cadres planned for a role, in a unit or in any unit of
 * that role, for a term. It refers to cadres and units by code.
 */
package vn.luanchuyen.succession;
