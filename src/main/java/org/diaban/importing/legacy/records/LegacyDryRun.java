package org.diaban.importing.legacy.records;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diaban.domain.common.DomainException;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.domain.text.VietnameseText;
import org.diaban.importing.legacy.places.DistrictDetector;
import org.diaban.importing.legacy.places.FileDates;
import org.diaban.importing.legacy.places.PlaceResolver;
import org.diaban.importing.legacy.places.ResolvedPlace;

import org.diaban.importing.legacy.table.ColumnMappings;
import org.diaban.importing.legacy.table.LegacyTableReader;
import org.diaban.importing.legacy.table.TableLayout;
import org.diaban.importing.legacy.table.TableReadResult;
import org.diaban.importing.legacy.table.TableRow;
import org.diaban.importing.legacy.table.TableRowHandler;
import org.diaban.importing.legacy.table.TableShape;
import org.diaban.importing.legacy.values.NormTable;
import org.diaban.importing.legacy.workbook.ReadControl;
import org.diaban.service.hierarchy.HierarchyQueries;

/**
 * The dry run of a legacy file: reads its table, turns each data row into a record of its
 * shape or a row error, and gives one report in the answer-key shape. Nothing is stored.
 */
public final class LegacyDryRun {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

    private static final Pattern TITLE_YEAR = Pattern.compile("năm\\s+((?:19|20)\\d{2})(?!\\d)");

    private final Supplier<HierarchyQueries> hierarchySource;
    private final boolean keepHouseholdRows;
    private final ColumnMappings mappings;
    private HierarchyQueries hierarchy;

    /** A dry run that summarises household files without listing their rows. */
    public LegacyDryRun(HierarchyQueries hierarchy) {
        this(hierarchy, false);
    }

    /**
     * @param keepHouseholdRows whether household rows are also listed as records (for checking
     *                          sample rows; about 50,000 small maps for a large file)
     */
    public LegacyDryRun(HierarchyQueries hierarchy, boolean keepHouseholdRows) {
        this(() -> hierarchy, keepHouseholdRows, ColumnMappings.none());
    }

    /**
     * @param keepHouseholdRows whether household rows are also listed as records
     * @param mappings          the headers the user mapped to columns by hand
     */
    public LegacyDryRun(HierarchyQueries hierarchy, boolean keepHouseholdRows, ColumnMappings mappings) {
        this(() -> hierarchy, keepHouseholdRows, mappings);
    }

    // the hierarchy is asked for only when a file's first table starts
    private LegacyDryRun(Supplier<HierarchyQueries> hierarchy, boolean keepHouseholdRows, ColumnMappings mappings) {
        this.hierarchySource = hierarchy;
        this.keepHouseholdRows = keepHouseholdRows;
        this.mappings = Objects.requireNonNull(mappings, "mappings");
    }

    private HierarchyQueries hierarchy() {
        if (hierarchy == null) {
            hierarchy = hierarchySource.get();
        }
        return hierarchy;
    }

    /**
     * Runs the file.
     *
     * @param file        the legacy workbook
     * @param districtKey the district's external key, or null to detect it from the title lines
     */
    public DryRunReport run(Path file, String districtKey) {
        return run(file, districtKey, ReadControl.NONE, null);
    }

    /**
     * Runs the file with progress and cancel, passing each record to a sink as it is read.
     *
     * @param sink receives the tables and records as they come (household rows too, which the
     *             report then does not keep unless asked for); null for none
     * @throws org.diaban.importing.legacy.workbook.ReadCancelledException when cancelled
     */
    public DryRunReport run(Path file, String districtKey, ReadControl control, RecordSink sink) {
        DryRunReport report = new DryRunReport();
        if (sink != null) {
            report.streamTo(sink);
        }
        String name = file.getFileName().toString();
        report.put("file", name);
        report.put("format", name.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? "xlsx" : "xls");
        Handler handler = new Handler(report, districtKey, name, sink);
        TableReadResult result = new LegacyTableReader(mappings).read(file, handler, control);
        report.setTableRead(result);
        report.put("shape", result.shape().map(TableShape::code).orElse("none"));
        report.put("encoding", result.encoding() == null ? "unicode"
                : result.encoding().name().toLowerCase(Locale.ROOT));
        report.put("district_id", handler.district);
        report.put("year", handler.year != null ? handler.year : yearOf(List.of(name)).orElse(null));
        report.put("sheets", result.sheets());
        report.put("header_rows", result.tables().isEmpty() ? List.of() : result.tables().get(0).headerRows());
        if (handler.firstHeaderRow != null && handler.lastDataRow != null) {
            report.put("table_rows", List.of(handler.firstHeaderRow, handler.lastDataRow));
        }
        if (result.problem().isPresent()) {
            report.addError(new Finding(null, null, result.problem().get().name(), null, null, result.message()));
            report.records().clear();
        }
        handler.finish();
        return report;
    }

    private final class Handler implements TableRowHandler {

        private final DryRunReport report;
        private final String fileName;
        private String district;
        private Integer year;
        private final Map<TableShape, ShapeReader> readers = new EnumMap<>(TableShape.class);
        private ShapeReader reader;
        private HouseholdFollowupReader household;
        private PlaceResolver places;
        private boolean districtFailed;
        private Integer firstHeaderRow;
        private Integer lastDataRow;

        private final RecordSink sink;

        Handler(DryRunReport report, String districtKey, String fileName, RecordSink sink) {
            this.report = report;
            this.sink = sink;
            this.district = districtKey;
            this.fileName = fileName;
        }

        @Override
        public void startTable(TableLayout layout) {
            if (year == null) {
                year = yearOf(layout.titleLines()).orElse(yearOf(List.of(fileName)).orElse(LocalDate.now().getYear()));
            }
            if (firstHeaderRow == null) {
                firstHeaderRow = layout.headerRows().get(0);
            }
            if (layout.shape() == TableShape.ASSIGNMENT_LIST && report.get("title") == null) {
                layout.titleLines().stream().filter(l -> VietnameseText.fold(l).startsWith("danh sach")).findFirst()
                        .ifPresent(title -> report.put("title", title));
            }
            if (district == null) {
                district = DistrictDetector.of(hierarchy()).detect(layout.titleLines()).best()
                        .map(c -> c.district().externalKey()).orElse(null);
            }
            if (places == null && district != null && !districtFailed) {
                try {
                    places = PlaceResolver.forDistrict(hierarchy(), district, FileDates.year(year));
                } catch (DomainException e) {
                    places = null;
                }
            }
            if (places == null) {
                if (!districtFailed) {
                    districtFailed = true;
                    report.addError(new Finding(layout.sheet(), null, "UNKNOWN_DISTRICT", "district_id", district,
                            "the file's district is not given and its title names none of the hierarchy"));
                }
                reader = null;
                return;
            }
            reader = readers.computeIfAbsent(layout.shape(), this::readerFor);
            if (sink != null) {
                sink.table(layout.shape(), district, year);
            }
        }

        private ShapeReader readerFor(TableShape shape) {
            return switch (shape) {
                case ASSIGNMENT_LIST -> new AssignmentListReader(places);
                case ATTENDANCE_MATRIX -> new AttendanceMatrixReader(places, communes(places), NormTable.defaults(), year);
                case WORK_SESSION_LOG -> new WorkSessionLogReader(places);
                case WORKING_GROUPS -> new WorkingGroupsReader(places);
                case HOUSEHOLD_FOLLOWUP -> household = new HouseholdFollowupReader(places, keepHouseholdRows);
            };
        }

        @Override
        public void row(TableLayout layout, TableRow row) {
            lastDataRow = row.row();
            if (reader != null) {
                reader.row(layout, row, report);
            }
        }

        void finish() {
            if (household != null) {
                report.setSummary(household.summary());
            }
        }
    }

    /** The communes of the resolver's district, for cells that name a village without its commune. */
    private List<ResolvedPlace> communes(PlaceResolver places) {
        Long district = places.district().unitId();
        Map<Long, ResolvedPlace> byUnit = new LinkedHashMap<>();
        for (UnitState state : hierarchy().allStates()) {
            if (state.isCommuneTier() && district.equals(state.parentId())) {
                byUnit.putIfAbsent(state.unitId(), ResolvedPlace.of(state));
            }
        }
        return List.copyOf(byUnit.values());
    }

    static Optional<Integer> yearOf(List<String> lines) {
        for (String line : lines) {
            String lower = line == null ? "" : line.toLowerCase(Locale.ROOT);
            Matcher m = TITLE_YEAR.matcher(lower);
            if (!lower.contains("tháng") && m.find()) {
                return Optional.of(Integer.valueOf(m.group(1)));
            }
        }
        for (String line : lines) {
            if (line == null) {
                continue;
            }
            Matcher m = YEAR.matcher(line);
            if (m.find()) {
                return Optional.of(Integer.valueOf(m.group(1)));
            }
        }
        return Optional.empty();
    }
}
