package org.diaban.persistence;

import java.util.List;
import java.util.Optional;
import org.diaban.domain.audit.ImportBatch;
import org.hibernate.Session;

public final class ImportBatchRepository {

    private final Session session;

    ImportBatchRepository(Session session) {
        this.session = session;
    }

    public ImportBatch save(ImportBatch batch) {
        session.persist(batch);
        return batch;
    }

    public Optional<ImportBatch> find(Long id) {
        return Optional.ofNullable(session.find(ImportBatch.class, id));
    }

    public List<ImportBatch> all() {
        return session.createSelectionQuery("from ImportBatch order by startedAt desc, id desc", ImportBatch.class)
                .getResultList();
    }
}
