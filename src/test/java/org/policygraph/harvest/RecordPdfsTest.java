package org.policygraph.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which PDFs belong to a harvest record, in a folder per record and in a flat folder. */
class RecordPdfsTest {

    @TempDir
    Path root;

    @Test
    void aFolderWithOneRecordGivesItEveryPdf() throws IOException {
        Path dir = Files.createDirectories(root.resolve("1234"));
        Path record = touch(dir.resolve("vraag.json"));
        Path answer = touch(dir.resolve("antwoord.pdf"));
        Path question = touch(dir.resolve("Vraag.PDF"));
        touch(dir.resolve("notes.txt"));
        assertEquals(List.of(question, answer), new RecordPdfs().of(record));
    }

    @Test
    void aFlatFolderGivesEachRecordThePdfsNamedAfterIt() throws IOException {
        Path first = touch(root.resolve("1234.json"));
        Path second = touch(root.resolve("1235.json"));
        Path firstAnswer = touch(root.resolve("1234-antwoord.PDF"));
        Path firstQuestion = touch(root.resolve("1234-vraag.pdf"));
        Path secondPdf = touch(root.resolve("1235.pdf"));
        touch(root.resolve("999.pdf"));
        RecordPdfs pdfs = new RecordPdfs();
        assertEquals(List.of(firstAnswer, firstQuestion), pdfs.of(first));
        assertEquals(List.of(secondPdf), pdfs.of(second));
    }

    @Test
    void eachFolderIsListedOnceForAllItsRecords() throws IOException {
        Path first = touch(root.resolve("1.json"));
        Path second = touch(root.resolve("2.json"));
        Path pdf = touch(root.resolve("1.pdf"));
        RecordPdfs pdfs = new RecordPdfs();
        assertEquals(List.of(pdf), pdfs.of(first));
        touch(root.resolve("2.pdf"));
        assertEquals(List.of(), pdfs.of(second), "the listing made for the first record serves the second");
    }

    @Test
    void aFolderThatCannotBeListedGivesNone() {
        assertEquals(List.of(), new RecordPdfs().of(root.resolve("gone").resolve("1.json")));
    }

    private static Path touch(Path p) throws IOException {
        return Files.writeString(p, "x");
    }
}
