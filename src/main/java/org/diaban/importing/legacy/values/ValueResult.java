package org.diaban.importing.legacy.values;

import java.util.Objects;

/**
 * The outcome of reading one cell: a value (which may be null for an empty cell) or a problem.
 *
 * @param <T> the type of the value
 */
public final class ValueResult<T> {

    private final T value;
    private final ValueProblem problem;

    private ValueResult(T value, ValueProblem problem) {
        this.value = value;
        this.problem = problem;
    }

    public static <T> ValueResult<T> of(T value) {
        return new ValueResult<>(value, null);
    }

    public static <T> ValueResult<T> empty() {
        return new ValueResult<>(null, null);
    }

    public static <T> ValueResult<T> problem(ProblemCode code, String field, Object value, String message) {
        return new ValueResult<>(null, new ValueProblem(code, field, value, message));
    }

    public boolean isOk() {
        return problem == null;
    }

    /** The value; null when the cell was empty or when there is a problem. */
    public T value() {
        return value;
    }

    /** The problem, or null when the cell was readable. */
    public ValueProblem problem() {
        return problem;
    }

    /** The same problem carried over to a result of another type; only for failed results. */
    <U> ValueResult<U> asFailure() {
        if (problem == null) {
            throw new IllegalStateException("not a failure");
        }
        return new ValueResult<>(null, problem);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValueResult<?> other && Objects.equals(value, other.value)
                && Objects.equals(problem, other.problem);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, problem);
    }

    @Override
    public String toString() {
        return problem == null ? "ValueResult[" + value + "]" : "ValueResult[" + problem + "]";
    }
}
