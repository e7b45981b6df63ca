package vn.luanchuyen.screening;

/** The standing conditions checked by the {@code eligibility} rule. */
enum EligibilityCheck {
  /** In planning for a term that has not ended (Quy định 65-QĐ/TW). */
  PLANNING,
  /** No discipline at the policy's minimum form or above in force (Quy định 50-QĐ/TW). */
  DISCIPLINE,
  /** No failed annual grade in the policy's recent years. */
  ASSESSMENT
}
