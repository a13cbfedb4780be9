package fixbank.server.web;

import fixbank.server.http.TestServer;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The units page ({@code /units.html}) as an admin uses it: each unit a fieldset, its fields found by their API
 * names ({@code name}, {@code contact}, {@code phone}, {@code hours}, {@code escalation}), units counted from the
 * top starting at 0.
 */
final class UnitsPage {

    private UnitsPage() {}

    /** Opens the units page signed in with {@code token} (none when null), and waits for the form or the refusal. */
    static void openAs(Browser browser, TestServer server, String token) {
        if (token != null) {
            EditorPage.signIn(browser, server, token);
        }
        browser.open(server.address("/units.html"));
        browser.await(() -> "the units form or the refusal", driver -> (Boolean) browser.script("""
                const form = document.getElementById('units');
                return (!form.hidden && !form.hasAttribute('aria-busy'))
                  || !document.getElementById('units-refused').hidden
                  || !document.getElementById('units-problem').hidden;
                """));
    }

    /** Whether the form is shown. */
    static boolean formShown(Browser browser) {
        return browser.find("#units").isDisplayed();
    }

    /** The units as the form has them: each a map from field name to value, in the order shown. */
    @SuppressWarnings("unchecked")
    static List<Map<String, String>> units(Browser browser) {
        return (List<Map<String, String>>) browser.script("""
                return [...document.querySelectorAll('#unit-entries .unit-entry')].map((box) => Object.fromEntries(
                  [...box.querySelectorAll('input')].map((input) => [input.name, input.value])));
                """);
    }

    /** The names of the units the form has, in order. */
    static List<String> names(Browser browser) {
        return units(browser).stream().map(unit -> unit.get("name")).toList();
    }

    /** The fieldset of the unit at {@code index}. */
    static WebElement unit(Browser browser, int index) {
        return browser.findAll("#unit-entries .unit-entry").get(index);
    }

    /** Replaces what the field {@code name} of the unit at {@code index} holds with {@code text}. */
    static void fill(Browser browser, int index, String name, String text) {
        WebElement field = Browser.findAll(unit(browser, index), "input[name='" + name + "']")
                .get(0);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }

    /** Presses "Add a unit" and fills the new unit's fields in from {@code fields}; answers its index. */
    static int add(Browser browser, Map<String, String> fields) {
        browser.find("#units-add").click();
        int index = units(browser).size() - 1;
        fields.forEach((name, text) -> fill(browser, index, name, text));
        return index;
    }

    /** Presses "Remove this unit" on the unit at {@code index}. */
    static void remove(Browser browser, int index) {
        Browser.findAll(unit(browser, index), ".unit-remove").get(0).click();
    }

    /** Presses "Save the list" and waits for the page to say it was saved. */
    static String save(Browser browser) {
        browser.find("#units-save").click();
        return awaitMessage(browser, "Saved at");
    }

    /** Waits until the message under the buttons starts with {@code start}, and returns it. */
    static String awaitMessage(Browser browser, String start) {
        return browser.await(
                () -> "the message '" + start + "…', not '" + message(browser) + "'",
                driver -> message(browser).startsWith(start) ? message(browser) : null);
    }

    static String message(Browser browser) {
        return browser.find("#units-message").getText();
    }

    /** The conflict panel, once it shows the list as it is now. */
    static WebElement awaitConflict(Browser browser) {
        return browser.await(() -> "the conflict panel with their list", driver -> {
            WebElement panel = browser.find("#units-conflict");
            return panel.isDisplayed()
                            && !browser.findAll("#units-theirs table").isEmpty()
                            && browser.find("#units-theirs").getAttribute("aria-busy") == null
                    ? panel
                    : null;
        });
    }

    /** The units names in the conflict panel's table of their list. */
    static List<String> theirNames(Browser browser) {
        return browser.texts("#units-theirs tbody th");
    }

    static String activeId(Browser browser) {
        return browser.driver.switchTo().activeElement().getAttribute("id");
    }
}
