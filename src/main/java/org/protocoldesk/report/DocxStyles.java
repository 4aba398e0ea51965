package org.protocoldesk.report;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The paragraph styles a Word user expects: Normal, Title, and Heading 1–4 with outline levels, so that the
 * navigation pane and a table of contents pick the headings up, and a reader can restyle the whole document.
 */
final class DocxStyles {
    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String NOTE = "Note";
    static final String SOURCE = "Source";

    private DocxStyles() {
    }

    static void define(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        styles.setDefaultFonts(fonts("Calibri"));
        add(styles, "Normal", "Normal", null, null, 20, false, false, "1A1A1A");
        add(styles, TITLE, "Title", "Normal", null, 36, true, false, "14304F");
        add(styles, SUBTITLE, "Subtitle", "Normal", null, 20, false, false, "333333");
        add(styles, NOTE, "Note", "Normal", null, 20, false, true, "555555");
        add(styles, SOURCE, "Source", "Normal", null, 16, false, true, "666666");
        int[] sizes = {28, 24, 21, 20};
        for (int level = 1; level <= sizes.length; level++) {
            add(styles, heading(level), "heading " + level, "Normal", level - 1, sizes[level - 1], true, false,
                    level <= 2 ? "14304F" : "222222");
        }
    }

    static String heading(int level) {
        return "Heading" + Math.min(level, 4);
    }

    private static void add(XWPFStyles styles, String id, String name, String basedOn, Integer outlineLevel,
                            int halfPoints, boolean bold, boolean italic, String colour) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
            style.addNewNext().setVal("Normal");
        }
        style.addNewQFormat();
        var paragraph = style.addNewPPr();
        if (outlineLevel != null) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
            paragraph.addNewKeepNext();
            paragraph.addNewSpacing().setBefore(BigInteger.valueOf(outlineLevel == 0 ? 360 : 240));
            paragraph.getSpacing().setAfter(BigInteger.valueOf(80));
        } else {
            paragraph.addNewSpacing().setAfter(BigInteger.valueOf(100));
        }
        CTRPr run = style.addNewRPr();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        run.addNewColor().setVal(colour);
        if (bold) {
            run.addNewB();
        }
        if (italic) {
            run.addNewI();
        }
        styles.addStyle(new XWPFStyle(style, styles));
    }

    private static CTFonts fonts(String name) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(name);
        fonts.setHAnsi(name);
        fonts.setCs(name);
        fonts.setEastAsia(name);
        return fonts;
    }
}
