package org.protocoldesk.model;

/** A write the database could not store, for a reason a user can act on ({@link StorageProblem}); nothing was stored. */
public final class StorageFailedException extends RuntimeException {
    private final StorageProblem problem;

    public StorageFailedException(StorageProblem problem, Throwable cause) {
        super(problem.name(), cause);
        this.problem = problem;
    }

    public StorageProblem problem() {
        return problem;
    }
}
