package vn.luanchuyen.cadre;

/** A cadre's grade for one year. */
public record Assessment(String cadreCode, int year, AssessmentGrade grade) {}
