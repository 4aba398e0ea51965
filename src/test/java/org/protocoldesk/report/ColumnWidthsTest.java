package org.protocoldesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Column widths fitted to the cells: no word broken, short cells on one line, the rest by the table's shares. */
class ColumnWidthsTest {
    private static final int LINE = 90;

    private static double chars(double[] shares, int column) {
        return shares[column] * LINE;
    }

    @Test
    void noColumnIsNarrowerThanItsLongestWord() {
        Block.Table invitations = new Block.Table(List.of("Invitation", "Direction", "From", "To", "Date", "Status"),
                List.of(6, 2, 4, 4, 2, 2), List.of(List.of("29th Conference of the International Association of "
                        + "Prosecutors in Baku", "Outgoing", "Kamran Aliyev, Prosecutor General's Office of the "
                        + "Republic of Azerbaijan", "—", "28 September 2023", "Pending")));

        double[] shares = ColumnWidths.of(invitations, LINE);

        assertThat(chars(shares, 1)).isGreaterThanOrEqualTo("Direction".length() * ColumnWidths.BOLD
                + ColumnWidths.PADDING);
        assertThat(chars(shares, 2)).isGreaterThanOrEqualTo("Prosecutor".length() + ColumnWidths.PADDING);
        assertThat(Arrays.stream(shares).sum()).isCloseTo(1.0, offset(1e-9));
    }

    @Test
    void aDateStaysOnOneLineAndTheLongTextColumnStaysTheWidest() {
        Block.Table commitments = new Block.Table(List.of("Action", "Owed by", "Owner", "Due", "Source"),
                List.of(6, 2, 3, 2, 4), List.of(List.of("Hold the 6th Meeting of the Attorneys/Prosecutors General of "
                        + "the ECO Member States", "Them", "—", "25 September 2025", "5th Meeting of the ECO")));

        double[] shares = ColumnWidths.of(commitments, LINE);

        assertThat(chars(shares, 3)).isGreaterThanOrEqualTo("25 September 2025".length() + ColumnWidths.PADDING);
        assertThat(shares[0]).isEqualTo(Arrays.stream(shares).max().orElseThrow());
    }

    @Test
    void aColumnOfDashesGivesItsRoomToTheColumnsThatNeedIt() {
        Block.Table invitations = new Block.Table(List.of("Invitation", "To", "Status"), List.of(6, 4, 2),
                List.of(List.of("29th Conference of the International Association of Prosecutors in Baku, "
                        + "September 2024, with the General Meeting", "—", "Pending")));

        double[] shares = ColumnWidths.of(invitations, LINE);

        assertThat(chars(shares, 1)).isLessThanOrEqualTo("To".length() * ColumnWidths.BOLD + ColumnWidths.PADDING
                + 1e-9);
        assertThat(chars(shares, 2)).isLessThanOrEqualTo("Status".length() * ColumnWidths.BOLD + ColumnWidths.PADDING
                + 1e-9);
    }

    @Test
    void columnsThatAllCouldUseMoreShareTheLineByTheTablesShares() {
        String longText = "a summary long enough to fill several lines of any column it is given ".repeat(3);
        Block.Table table = new Block.Table(List.of("One", "Two"), List.of(1, 2), List.of(List.of(longText, longText)));

        assertThat(ColumnWidths.of(table, LINE)).containsExactly(new double[] {1.0 / 3, 2.0 / 3},
                offset(1e-9));
    }
}
