package fixbank.indexer.units;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** units.yaml: the units and their IT point people, and every mistake named with its line. */
class UnitsFileTest {

    private static List<String> problems(String text) {
        return UnitsFile.read("units.yaml", text).problems().stream()
                .map(Object::toString)
                .toList();
    }

    @Test
    void unitsAreReadWithTheirPointPerson() {
        UnitsFile.Read read = UnitsFile.read(
                "units.yaml",
                "# Units\n- unit: Ward 4 North\n  contact: Sam Okoro\n  phone: bleep 4455\n  hours: Mon-Fri 08-18\n"
                        + "  escalation: Service Desk\n- unit: Theatres\n  contact: Ria Patel\n");
        assertEquals(
                List.of(
                        new Unit("Ward 4 North", "Sam Okoro", "bleep 4455", "Mon-Fri 08-18", "Service Desk"),
                        new Unit("Theatres", "Ria Patel", "", "", "")),
                read.units());
        assertEquals(List.of(), read.problems());
    }

    @Test
    void mistakesAreNamedByLineAndTheirEntriesLeftOut() {
        UnitsFile.Read read = UnitsFile.read(
                "units.yaml",
                "- unit: Ward 1\n  contact: A\n- unit: ward 1\n  contact: B\n- unit: Ward 2\n  bleep: 1234\n"
                        + "- contact: C\n");
        assertEquals(List.of(new Unit("Ward 1", "A", "", "", "")), read.units());
        assertEquals(
                List.of(
                        "units.yaml:3: unit 'ward 1' is listed twice",
                        "units.yaml:5: no contact: every unit needs one",
                        "units.yaml:6: unknown key 'bleep', expected unit, contact, phone, hours or escalation",
                        "units.yaml:7: no unit: every unit needs one"),
                read.problems().stream().map(Object::toString).toList());
    }

    @Test
    void aFileThatIsNoListOrNoYamlSaysSo() {
        assertEquals(List.of("units.yaml:1: expected a list of units, each '- unit: ...'"), problems("unit: Ward 1\n"));
        assertEquals(1, problems("- unit: [Ward\n").size());
        assertEquals(List.of(), problems(""));
    }
}
