package org.diaban.service.demo;

/**
 * The size of a generated province (the shape after the 2025 reform: province, communes,
 * villages). {@link #province()} is a real province's size; {@link #scaled} shrinks it for tests.
 *
 * @param householdsPerCadre how many households each commune cadre is assigned to follow
 */
public record ScaleParameters(int communes, int villages, int households, int cadres, int activities,
                              int concerns, int householdsPerCadre, long seed) {

    public ScaleParameters {
        if (communes < 1 || villages < communes || households < 0 || cadres < communes || activities < 0
                || concerns < 0 || householdsPerCadre < 0 || concerns > 0 && activities == 0) {
            throw new IllegalArgumentException("Inconsistent data set size");
        }
    }

    /** About the size of Lạng Sơn: 65 communes, 1,700 villages, 200,000 households, 5,000 cadres. */
    public static ScaleParameters province() {
        return new ScaleParameters(65, 1_700, 200_000, 5_000, 100_000, 5_000, 10, 7_700L);
    }

    /** The same shape, each count multiplied by {@code factor} (at least one commune and one cadre per commune). */
    public ScaleParameters scaled(double factor) {
        int c = Math.max(1, (int) Math.round(communes * factor));
        return new ScaleParameters(c, Math.max(c, (int) Math.round(villages * factor)),
                (int) Math.round(households * factor), Math.max(c, (int) Math.round(cadres * factor)),
                (int) Math.round(activities * factor), (int) Math.round(concerns * factor), householdsPerCadre, seed);
    }
}
