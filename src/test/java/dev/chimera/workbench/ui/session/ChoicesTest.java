package dev.chimera.workbench.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.ui.distribution.ChartKind;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class ChoicesTest {

    @Test
    void aChoiceOfferedLaterIsSelectedOnceTheOptionsArrive() {
        ObservableList<String> options = FXCollections.observableArrayList();
        List<String> selected = new ArrayList<>();
        Choices.selectWhenOffered(options, selected::add, "b.csv × GPU 1");
        assertThat(selected).isEmpty();

        options.setAll("a.csv × GPU 0", "b.csv × GPU 1");
        assertThat(selected).containsExactly("b.csv × GPU 1");
        // The listener is gone after the first fill: a later list does not select again.
        options.setAll("b.csv × GPU 1", "c.csv × GPU 0");
        assertThat(selected).hasSize(1);
    }

    @Test
    void aChoiceNotOfferedIsNeverSelected() {
        ObservableList<String> options = FXCollections.observableArrayList("x");
        List<String> selected = new ArrayList<>();
        Choices.selectWhenOffered(options, selected::add, "y");
        options.setAll("z");
        assertThat(selected).isEmpty();
        Choices.selectWhenOffered(options, selected::add, "z");
        assertThat(selected).containsExactly("z");
    }

    @Test
    void enumNamesAreMatchedInAnyCaseAndUnknownOnesGiveNull() {
        assertThat(Choices.enumValue(ChartKind.class, "box")).isEqualTo(ChartKind.BOX);
        assertThat(Choices.enumValue(ChartKind.class, "VIOLIN")).isNull();
        assertThat(Choices.enumValue(ChartKind.class, null)).isNull();
    }
}
