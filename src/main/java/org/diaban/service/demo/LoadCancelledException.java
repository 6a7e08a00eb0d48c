package org.diaban.service.demo;

import java.util.List;
import org.diaban.domain.common.LocalizedFailure;

/** The user stopped a load; whatever it had written was removed again. */
public final class LoadCancelledException extends RuntimeException implements LocalizedFailure {

    private static final long serialVersionUID = 1L;

    public LoadCancelledException() {
        super("demo.cancelled");
    }

    @Override
    public String messageKey() {
        return "demo.cancelled";
    }

    @Override
    public List<Object> messageArguments() {
        return List.of();
    }
}
