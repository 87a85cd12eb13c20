package org.policygraph.layout;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import javax.imageio.ImageIO;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes small DOCX files for the reader's tests with POI itself, so that no binary file has to be
 * kept: styled paragraphs, numbered lists defined level by level, tables with merged cells,
 * footnotes, headers, footers and pictures.
 * <pre>{@code
 * DocxBuilder b = new DocxBuilder();
 * BigInteger list = b.list("decimal:%1.", "lowerLetter:%2)");
 * byte[] docx = b.styled("Title", "Advies").item(list, 0, "Eerste punt").bytes();
 * }</pre>
 */
final class DocxBuilder {

    private final XWPFDocument doc = new XWPFDocument();
    private final XWPFNumbering numbering = doc.createNumbering();
    private int abstractIds;

    DocxBuilder() {
        XWPFStyles styles = doc.createStyles();
        style(styles, "Title", "Title");
        style(styles, "Heading1", "heading 1");
        style(styles, "Heading2", "heading 2");
        style(styles, "Adviestitel", "Adviestitel", "Title");
    }

    private static void style(XWPFStyles styles, String id, String name, String... basedOn) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(name);
        if (basedOn.length > 0)
            ct.addNewBasedOn().setVal(basedOn[0]);
        styles.addStyle(new XWPFStyle(ct));
    }

    /** A paragraph in a style ("Title", "Heading1", "Heading2", "Adviestitel" based on Title). */
    DocxBuilder styled(String styleId, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(styleId);
        p.createRun().setText(text);
        return this;
    }

    /** A plain paragraph; "\n" in the text becomes a line break. */
    DocxBuilder paragraph(String text) {
        XWPFRun run = doc.createParagraph().createRun();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (i > 0)
                run.addBreak();
            run.setText(lines[i], i);
        }
        return this;
    }

    /**
     * Defines a list, one "format:text" per level ("decimal:%1.", "lowerLetter:%2)", "bullet:\uF0B7"),
     * and returns the id of a numbering instance of it.
     */
    BigInteger list(String... levels) {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.valueOf(abstractIds++));
        for (int i = 0; i < levels.length; i++) {
            String[] parts = levels[i].split(":", 2);
            CTLvl lvl = abs.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(i));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(STNumberFormat.Enum.forString(parts[0]));
            lvl.addNewLvlText().setVal(parts[1]);
        }
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
        return numbering.addNum(abstractId);
    }

    /** Another numbering instance of the same list definition, restarting level 0 at {@code start}. */
    BigInteger restart(BigInteger numId, int start) {
        BigInteger abstractId = numbering.getNum(numId).getCTNum().getAbstractNumId().getVal();
        BigInteger id = numbering.addNum(abstractId);
        CTNumLvl override = numbering.getNum(id).getCTNum().addNewLvlOverride();
        override.setIlvl(BigInteger.ZERO);
        override.addNewStartOverride().setVal(BigInteger.valueOf(start));
        return id;
    }

    /** A paragraph numbered by {@code numId} at {@code level}. */
    DocxBuilder item(BigInteger numId, int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(level));
        p.createRun().setText(text);
        return this;
    }

    /** A table of text rows; "" for an empty cell. The first row repeats as header when {@code header}. */
    XWPFTable table(boolean header, String[]... rows) {
        XWPFTable table = doc.createTable(rows.length, rows[0].length);
        for (int r = 0; r < rows.length; r++) {
            XWPFTableRow row = table.getRow(r);
            if (r == 0 && header)
                row.setRepeatHeader(true);
            for (int c = 0; c < rows[r].length; c++)
                row.getCell(c).setText(rows[r][c]);
        }
        return table;
    }

    /** Merges a cell with the {@code span - 1} cells right of it, as Word writes it: one cell spanning grid columns. */
    static void spanColumns(XWPFTable table, int row, int column, int span) {
        XWPFTableRow r = table.getRow(row);
        XWPFTableCell cell = r.getCell(column);
        (cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr())
                .addNewGridSpan().setVal(BigInteger.valueOf(span));
        for (int k = 1; k < span; k++)
            r.removeCell(column + 1);
    }

    /** Merges a cell with the one below it: the one below continues it. */
    static void spanRows(XWPFTable table, int row, int column) {
        XWPFTableCell top = table.getRow(row).getCell(column);
        (top.getCTTc().isSetTcPr() ? top.getCTTc().getTcPr() : top.getCTTc().addNewTcPr()).addNewVMerge().setVal(STMerge.RESTART);
        XWPFTableCell below = table.getRow(row + 1).getCell(column);
        (below.getCTTc().isSetTcPr() ? below.getCTTc().getTcPr() : below.getCTTc().addNewTcPr()).addNewVMerge().setVal(STMerge.CONTINUE);
    }

    /** A paragraph ending in a reference to a new footnote holding {@code note}. */
    DocxBuilder withFootnote(String text, String note) {
        XWPFParagraph p = doc.createParagraph();
        p.createRun().setText(text);
        XWPFFootnote footnote = doc.createFootnote();
        footnote.createParagraph().createRun().setText(note);
        p.addFootnoteReference(footnote);
        return this;
    }

    /** The default page header and footer. */
    DocxBuilder headerAndFooter(String header, String footer) {
        doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(header);
        doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(footer);
        return this;
    }

    /** A paragraph holding a small picture and a caption run. */
    DocxBuilder picture(String caption) {
        try {
            BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            XWPFParagraph p = doc.createParagraph();
            p.createRun().addPicture(new ByteArrayInputStream(png.toByteArray()), PictureType.PNG, "grafiek.png",
                    Units.toEMU(20), Units.toEMU(20));
            p.createRun().setText(caption);
            return this;
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The document as bytes. */
    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
