package vn.luanchuyen.planning;

/**
 * One reason behind a move or a plan, as a stable code and the sentence a user reads.
 *
 * @param code e.g. {@code head-tenure-reached} (a screening verdict) or a constraint id
 * @param text the rendered sentence
 */
public record Explanation(String code, String text) {}
