package org.diaban.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;

/**
 * An operating-system lock on the data folder, taken before the database is opened, so that a
 * second instance learns at once, and in plain words, that the folder is busy. The lock goes
 * away with the process, even after a crash.
 */
public final class InstanceLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static InstanceLock acquire(DataLocation location) {
        try {
            Files.createDirectories(location.folder());
            FileChannel channel = FileChannel.open(location.lockFile(), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new DataFolderInUseException(location.folder(), null);
            }
            return new InstanceLock(channel, lock);
        } catch (IOException e) {
            throw new DatabaseException("database.error.folderNotWritable", location.folder(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the process is ending or the folder vanished; the OS drops the lock either way
        }
    }
}
