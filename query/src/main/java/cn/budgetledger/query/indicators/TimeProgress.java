package cn.budgetledger.query.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;

/** 序时进度: the share of the (calendar, fiscal) year elapsed up to and including a date, in percent. */
public final class TimeProgress {

    private TimeProgress() {
    }

    public static BigDecimal at(LocalDate date) {
        return Percent.of(BigDecimal.valueOf(date.getDayOfYear()), BigDecimal.valueOf(date.lengthOfYear()));
    }
}
