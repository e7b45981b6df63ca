/**
 * The small kernel of values shared by every module: partial dates, reasons and problems. It holds
 * no beans and no persistence, only plain values that any module may use.
 */
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.luanchuyen.shared;
