package fixbank.server.config;

import java.net.URI;
import java.util.Optional;

/**
 * What the web pages need of the configuration.
 *
 * @param ticketUrl where the report page hands a problem to the ticketing system; none hides the button
 */
public record PageSettings(Optional<URI> ticketUrl) {}
