package dev.chimera.workbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupIndexTest {

    @Test
    void groupsAreNumberedInFirstSeenOrderOverTwoKeys() {
        String[] backend = {"b", "a", "b", "a", "b", ""};
        String[] model = {"m1", "m1", "m1", "m2", "m2", "m1"};
        GroupIndex g = GroupIndex.of(List.of("backend", "model"), List.of(backend, model), 6);
        // Distinct (backend, model) pairs in row order, by hand: (b,m1) (a,m1) (a,m2) (b,m2) ("",m1).
        assertThat(g.groupCount()).isEqualTo(5);
        assertThat(new int[] {g.groupOf(0), g.groupOf(1), g.groupOf(2), g.groupOf(3), g.groupOf(4), g.groupOf(5)})
                .containsExactly(0, 1, 0, 2, 3, 4);
        assertThat(g.key(2)).isEqualTo(Map.of("backend", "a", "model", "m2"));
        assertThat(g.key(2).keySet()).containsExactly("backend", "model");
    }

    @Test
    void noKeysMeansOneGroupAndNoRowsNoGroup() {
        assertThat(GroupIndex.of(List.of(), List.of(), 3).groupCount()).isEqualTo(1);
        assertThat(GroupIndex.of(List.of("k"), List.<String[]>of(new String[0]), 0).groupCount()).isZero();
    }

    @Test
    void manyCombinationsTakeTheMapPathWithTheSameNumbering() {
        int n = 5000;
        String[] a = new String[n];
        String[] b = new String[n];
        String[] c = new String[n];
        for (int i = 0; i < n; i++) {
            // 5000 × 5000 × 1 possible combinations (over the dense limit), 5000 distinct rows.
            a[i] = "a" + i;
            b[i] = "b" + (n - 1 - i);
            c[i] = "c";
        }
        GroupIndex g = GroupIndex.of(List.of("a", "b", "c"), List.of(a, b, c), n);
        assertThat(g.groupCount()).isEqualTo(n);
        assertThat(g.groupOf(4321)).isEqualTo(4321);
        assertThat(g.key(10)).containsEntry("b", "b4989");
    }
}
