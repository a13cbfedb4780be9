package fixbank.server.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void cellsASpreadsheetWouldRunAreShownAsText() {
        for (String formula : List.of("=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertEquals('\'', CsvTable.cell(formula).replace("\"", "").charAt(0), formula);
        }
        assertEquals("plain", CsvTable.cell("plain"));
    }

    @Test
    void quotesWhatWouldBreakTheRow() {
        CsvTable table = new CsvTable(List.of("a", "b"), List.of(List.of("x, y", "say \"hi\"\nbye")));
        assertEquals("a,b\r\n\"x, y\",\"say \"\"hi\"\"\nbye\"\r\n", table.toCsv());
    }
}
