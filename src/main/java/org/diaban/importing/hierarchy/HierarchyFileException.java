package org.diaban.importing.hierarchy;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.diaban.domain.common.LocalizedFailure;

/**
 * A hierarchy file that cannot be imported. The key names the problem in the bundles; the first
 * argument is always the file, the second (where there is one) the JSON path of the offending value.
 */
public final class HierarchyFileException extends RuntimeException implements LocalizedFailure {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> arguments;

    public HierarchyFileException(String messageKey, Object... arguments) {
        super(messageKey + " " + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = Collections.unmodifiableList(Arrays.asList(arguments.clone()));
    }

    public HierarchyFileException(Throwable cause, String messageKey, Object... arguments) {
        this(messageKey, arguments);
        initCause(cause);
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    @Override
    public List<Object> messageArguments() {
        return arguments;
    }

    /** The JSON path the message points at, or null for a file-level problem. */
    public String jsonPath() {
        return arguments.size() > 1 && arguments.get(1) instanceof String s && s.startsWith("$") ? s : null;
    }
}
