package org.diaban.service.common;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.diaban.domain.activity.ConcernTopic;
import org.diaban.domain.compliance.AttendanceNorms;
import org.diaban.domain.hierarchy.Tier;
import org.diaban.domain.hierarchy.UnitType;
import org.diaban.domain.people.CommitteeTerm;
import org.diaban.persistence.Database;

/** The small reference tables, read once: they change only through migrations or settings. */
public final class ReferenceData {

    private final List<Tier> tiers;
    private final List<UnitType> unitTypes;
    private final List<CommitteeTerm> terms;
    private final List<ConcernTopic> topics;
    private final AttendanceNorms norms;
    private final Map<String, UnitType> typesByCode;
    private final Map<Long, Tier> tiersById;

    public ReferenceData(List<Tier> tiers, List<UnitType> unitTypes, List<CommitteeTerm> terms,
                         List<ConcernTopic> topics, AttendanceNorms norms) {
        this.tiers = List.copyOf(tiers);
        this.unitTypes = List.copyOf(unitTypes);
        this.terms = List.copyOf(terms);
        this.topics = List.copyOf(topics);
        this.norms = norms;
        this.typesByCode = unitTypes.stream().collect(Collectors.toMap(UnitType::code, Function.identity()));
        this.tiersById = tiers.stream().collect(Collectors.toMap(Tier::id, Function.identity()));
    }

    public static ReferenceData load(Database db) {
        return db.read(s -> new ReferenceData(s.reference().tiers(), s.reference().unitTypes(),
                s.reference().terms(), s.reference().topics(), new AttendanceNorms(s.reference().norms())));
    }

    public List<Tier> tiers() {
        return tiers;
    }

    public List<UnitType> unitTypes() {
        return unitTypes;
    }

    public UnitType type(String code) {
        UnitType type = typesByCode.get(code);
        if (type == null) {
            throw new IllegalArgumentException("Unknown unit type " + code);
        }
        return type;
    }

    public Optional<UnitType> findType(String code) {
        return Optional.ofNullable(typesByCode.get(code));
    }

    public Optional<UnitType> typeById(Long id) {
        return unitTypes.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Tier tierOf(UnitType type) {
        return tiersById.get(type.tierId());
    }

    public Optional<Tier> tier(String code) {
        return tiers.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    public List<CommitteeTerm> terms() {
        return terms;
    }

    public Optional<CommitteeTerm> term(String code) {
        return terms.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** The term in force on a day: the latest one that has started. */
    public Optional<CommitteeTerm> termOn(java.time.LocalDate day) {
        return CommitteeTerm.on(terms, day);
    }

    public List<ConcernTopic> topics() {
        return topics;
    }

    public AttendanceNorms norms() {
        return norms;
    }
}
