package org.diaban.ui.importing;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diaban.domain.hierarchy.Tier;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.i18n.I18n;
import org.diaban.importing.legacy.commit.FileImportResult;
import org.diaban.importing.legacy.commit.FilePreview;
import org.diaban.importing.legacy.commit.FileRequest;
import org.diaban.importing.legacy.commit.ImportBatchView;
import org.diaban.importing.legacy.commit.LegacyImportService;
import org.diaban.importing.legacy.commit.MatchAnswers;
import org.diaban.importing.legacy.table.ColumnMappings;
import org.diaban.importing.legacy.workbook.ReadControl;
import org.diaban.service.hierarchy.HierarchyQueries;

/**
 * What the import wizard and the history ask of the importer: the {@link LegacyImportService}'s
 * calls and the districts a file may belong to. View model tests pass a fake.
 */
public interface LegacyImports {

    List<FilePreview> preview(List<FileRequest> files, MatchAnswers answers, ReadControl control);

    List<FileImportResult> commit(List<FileRequest> files, MatchAnswers answers, ReadControl control);

    List<ImportBatchView> history();

    LegacyImportService.UndoSummary undo(long batchId);

    /** The districts a file can be assigned to, by name. */
    List<District> districts();

    /** The committed import of a file with the same content, if any: importing it again is refused. */
    default java.util.Optional<ImportBatchView> previouslyImported(java.nio.file.Path file) {
        return java.util.Optional.empty();
    }

    /** The header mappings the user saved by hand. */
    default ColumnMappings columnMappings() {
        return ColumnMappings.none();
    }

    /** Saves the hand mappings; later previews and imports use them. */
    default void saveColumnMappings(ColumnMappings mappings) {
        throw new UnsupportedOperationException("no mapping store");
    }

    /** A district as the user picks it: its external key and its name. */
    record District(String key, String name) {
    }

    static LegacyImports of(LegacyImportService service, HierarchyQueries hierarchy) {
        return new LegacyImports() {
            @Override
            public List<FilePreview> preview(List<FileRequest> files, MatchAnswers answers, ReadControl control) {
                return service.preview(files, answers, control);
            }

            @Override
            public List<FileImportResult> commit(List<FileRequest> files, MatchAnswers answers,
                                                 ReadControl control) {
                return service.commit(files, answers, control);
            }

            @Override
            public List<ImportBatchView> history() {
                return service.history();
            }

            @Override
            public LegacyImportService.UndoSummary undo(long batchId) {
                return service.undo(batchId);
            }

            @Override
            public java.util.Optional<ImportBatchView> previouslyImported(java.nio.file.Path file) {
                return service.previouslyImported(file);
            }

            @Override
            public ColumnMappings columnMappings() {
                return service.columnMappings();
            }

            @Override
            public void saveColumnMappings(ColumnMappings mappings) {
                service.saveColumnMappings(mappings);
            }

            @Override
            public List<District> districts() {
                // every district that ever existed, under its latest name: old files name old districts
                Map<String, UnitState> latest = new LinkedHashMap<>();
                for (UnitState s : hierarchy.allStates()) {
                    if (Tier.DISTRICT.equals(s.tierCode())) {
                        latest.merge(s.externalKey(), s, (a, b) -> from(b).isAfter(from(a)) ? b : a);
                    }
                }
                return latest.values().stream()
                        .map(s -> new District(s.externalKey(), s.fullName() != null ? s.fullName() : s.name()))
                        .sorted(Comparator.comparing(District::name, Collator.getInstance(I18n.VIETNAMESE)))
                        .toList();
            }
        };
    }

    private static java.time.LocalDate from(UnitState s) {
        return s.range().start().orElse(java.time.LocalDate.MIN);
    }
}
