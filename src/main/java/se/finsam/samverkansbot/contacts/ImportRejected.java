package se.finsam.samverkansbot.contacts;

import java.util.List;

/** An import file with problems: nothing was changed. */
public class ImportRejected extends RuntimeException {

    private final List<ImportProblem> problems;

    public ImportRejected(List<ImportProblem> problems) {
        super(problems.size() + " problems in the import file");
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }

}
