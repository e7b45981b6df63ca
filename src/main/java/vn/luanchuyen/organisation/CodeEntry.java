package vn.luanchuyen.organisation;

/** One entry of a code list, e.g. level {@code PHUONG} named "Phường". */
public record CodeEntry(CodeKind kind, String code, String name) {}
