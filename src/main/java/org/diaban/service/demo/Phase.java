package org.diaban.service.demo;

import org.diaban.persistence.Store;

/** One step of a load, written in one transaction; {@link #messageKey} names it for progress. */
interface Phase {

    String messageKey();

    void run(Store store);
}
