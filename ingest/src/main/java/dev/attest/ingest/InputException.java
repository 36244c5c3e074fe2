package dev.attest.ingest;

import java.io.Serial;

/**
 * An input that cannot be read as articles at all (missing, binary, wrongly encoded, empty, too large, or
 * without a single usable article). The message is always one line starting with the input's name, so the
 * CLI can print it as is and a batch run can log it next to other inputs' messages.
 */
public final class InputException extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String inputName;
    private final String problem;

    public InputException(String inputName, String problem) {
        this(inputName, problem, null);
    }

    public InputException(String inputName, String problem, Throwable cause) {
        super(OneLine.of(inputName) + ": " + OneLine.of(problem), cause);
        this.inputName = inputName;
        this.problem = problem;
    }

    /** The file name (or other label) of the input, as given to the reader. */
    public String inputName() {
        return inputName;
    }

    /** What is wrong, without the input name. */
    public String problem() {
        return problem;
    }
}
