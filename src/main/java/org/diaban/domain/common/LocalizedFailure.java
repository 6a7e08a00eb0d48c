package org.diaban.domain.common;

import java.util.List;

/**
 * A failure that names its reason as a key of the resource bundles, with arguments, so that the
 * window and the command line can say it in the user's language.
 */
public interface LocalizedFailure {

    String messageKey();

    List<Object> messageArguments();
}
