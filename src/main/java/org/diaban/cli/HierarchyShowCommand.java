package org.diaban.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.diaban.domain.common.DomainException;
import org.diaban.domain.hierarchy.HierarchySnapshot;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.i18n.Formats;
import org.diaban.service.Services;
import org.diaban.service.hierarchy.NodeFigures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diaban hierarchy show}: prints the tree as it stood on a day. */
@Command(name = "show", mixinStandardHelpOptions = true)
final class HierarchyShowCommand implements Callable<Integer> {

    @ParentCommand
    private HierarchyCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--date", converter = DateConverter.class, descriptionKey = "option.date")
    private LocalDate date;

    @Option(names = "--root", paramLabel = "KEY", descriptionKey = "hierarchy.show.root")
    private String rootKey;

    @Option(names = "--depth", defaultValue = "2", descriptionKey = "hierarchy.show.depth")
    private int depth;

    @Option(names = "--json", descriptionKey = "option.json")
    private boolean json;

    @Override
    public Integer call() {
        DiaBanCommand root = (DiaBanCommand) spec.parent().parent().userObject();
        PrintWriter out = spec.commandLine().getOut();
        LocalDate day = date != null ? date : LocalDate.now();
        try (Services services = root.openServices()) {
            HierarchySnapshot snapshot = services.hierarchyQueries().snapshotOn(day);
            Map<Long, NodeFigures> figures = services.hierarchyQueries().figuresOn(day);
            List<UnitState> start;
            if (rootKey != null) {
                start = List.of(snapshot.byKey(rootKey)
                        .orElseThrow(() -> new DomainException("unit.error.notExistingOn", rootKey, day)));
            } else {
                start = snapshot.roots();
            }
            if (json) {
                List<Object> nodes = new ArrayList<>();
                start.forEach(u -> nodes.add(node(snapshot, figures, u, depth)));
                out.println(Json.write(nodes));
            } else {
                out.println(root.i18n().format("cli.hierarchy.on", Formats.date(day)));
                start.forEach(u -> print(out, snapshot, figures, u, 0, root));
            }
        }
        out.flush();
        return DiaBanCommand.OK;
    }

    private void print(PrintWriter out, HierarchySnapshot s, Map<Long, NodeFigures> figures, UnitState u, int level,
                       DiaBanCommand root) {
        NodeFigures f = figures.getOrDefault(u.unitId(), NodeFigures.NONE);
        out.println("  ".repeat(level) + u.fullName() + "  [" + u.externalKey() + "]  "
                + root.i18n().format("cli.hierarchy.figures", Formats.number(f.villages()),
                Formats.number(f.cadresAssigned()), Formats.number(f.openConcerns())));
        if (level < depth) {
            s.children(u.unitId()).forEach(c -> print(out, s, figures, c, level + 1, root));
        }
    }

    private Map<String, Object> node(HierarchySnapshot s, Map<Long, NodeFigures> figures, UnitState u, int left) {
        NodeFigures f = figures.getOrDefault(u.unitId(), NodeFigures.NONE);
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("key", u.externalKey());
        n.put("type", u.typeCode());
        n.put("name", u.name());
        n.put("full_name", u.fullName());
        n.put("committee", u.committeeName());
        n.put("villages", f.villages());
        n.put("cadres_assigned", f.cadresAssigned());
        n.put("open_concerns", f.openConcerns());
        if (left > 0) {
            List<Object> kids = new ArrayList<>();
            s.children(u.unitId()).forEach(c -> kids.add(node(s, figures, c, left - 1)));
            n.put("children", kids);
        }
        return n;
    }
}
