/**
 * The cadre registry: each managed cadre's CV data (Mẫu 2C), the dated history of the seats they
 * held, annual assessments and discipline. It refers to seats by their code and knows nothing of
 * planning pools, screening or rotation plans.
 */
package vn.luanchuyen.cadre;
