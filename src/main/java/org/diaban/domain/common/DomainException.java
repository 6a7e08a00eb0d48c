package org.diaban.domain.common;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A rule of the domain was broken. The message key names the rule in the resource bundles,
 * the arguments fill its placeholders, so the UI and the command line can say it in the user's language.
 */
public class DomainException extends RuntimeException implements LocalizedFailure {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = Collections.unmodifiableList(Arrays.asList(arguments.clone()));
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }

    @Override
    public List<Object> messageArguments() {
        return arguments;
    }
}
