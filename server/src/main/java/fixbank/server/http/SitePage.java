package fixbank.server.http;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One page of the site as {@link PageLayout} assembles it: the addresses it is served at (route paths such
 * as {@code /articles/<id>}; none for the page browsers get where nothing else answers), its fragment (the
 * content of its {@code <main>}, {@code /fixbank/pages/FRAGMENT.html}), its title, its own module script if
 * it has one, and its entry in the site navigation if it has one, linking to its first address.
 */
record SitePage(
        List<String> addresses, String fragment, String title, Optional<String> script, Optional<NavEntry> nav) {

    /**
     * A link in the site navigation, for anyone or for a role. Entries for a role are sent hidden, since the
     * server cannot tell who opens a page (the staff token goes to the API only); the page shows them once
     * {@code /api/me} says the caller holds the role.
     */
    record NavEntry(String label, Access visibleTo) {}

    /** A page at {@code address}, with no script of its own and no nav entry. */
    static SitePage at(String address, String fragment, String title) {
        return new SitePage(List.of(address), fragment, title, Optional.empty(), Optional.empty());
    }

    /** The page for addresses that nothing else answers. */
    static SitePage notFound(String fragment, String title) {
        return new SitePage(List.of(), fragment, title, Optional.empty(), Optional.empty());
    }

    SitePage alsoAt(String address) {
        return new SitePage(
                Stream.concat(addresses.stream(), Stream.of(address)).toList(), fragment, title, script, nav);
    }

    SitePage withScript(String src) {
        return new SitePage(addresses, fragment, title, Optional.of(src), nav);
    }

    SitePage inNav(String label, Access visibleTo) {
        if (addresses.isEmpty() || addresses.get(0).contains("<")) {
            throw new IllegalArgumentException("the nav entry '" + label + "' needs a fixed address, not " + addresses);
        }
        return new SitePage(addresses, fragment, title, script, Optional.of(new NavEntry(label, visibleTo)));
    }
}
