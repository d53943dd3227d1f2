package cn.budgetledger.command.domain;

import cn.budgetledger.api.Money;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * 解冻 names a freeze document of the unit-year, is dated no earlier than it, and gives back at most what is still
 * frozen. A release has no number of its own: a freeze's releases are told apart by their date and amount, so the
 * same release sent again (a retried request, a re-sent import file) is recognised and changes nothing. Two releases
 * of the same amount on the same day are therefore one: give back their sum instead.
 */
public final class ReleasesGiveBackWhatIsFrozen {

    /** What identifies a release within its freeze document. */
    public record Release(LocalDate date, Money amount) {
    }

    private ReleasesGiveBackWhatIsFrozen() {
    }

    /** @param frozenOn the freeze document's date; null when there is no such document */
    public static Optional<Rejection> check(String document, LocalDate frozenOn, LocalDate date) {
        if (frozenOn == null) {
            return Rejection.notFound("FREEZE_NOT_FOUND", "冻结单不存在：" + document);
        }
        return date.isBefore(frozenOn)
                ? Rejection.invalid("RELEASE_BEFORE_FREEZE", "解冻日期 " + date + " 早于冻结日期 " + frozenOn)
                : Rejection.allowed();
    }

    /** @param amount the amount to release; null for all that is left */
    public static Optional<Rejection> checkAmount(String document, Money open, Money amount) {
        if (amount == null) {
            return Rejection.allowed();
        }
        return AmountsAreValid.checkPositive(amount, "解冻金额").or(() -> amount.exceeds(open)
                ? Rejection.ruleViolated("RELEASE_EXCEEDS_FROZEN", "冻结单 " + document + " 尚冻结 " + open.grouped()
                        + " 元，不能解冻 " + amount.grouped() + " 元")
                : Rejection.allowed());
    }

    /** The same release, sent again: nothing to do. An omitted amount with nothing left frozen is one too. */
    public static boolean isSentAgain(Collection<Release> recorded, Money open, LocalDate date, Money amount) {
        return amount == null ? open.isZero() : recorded.contains(new Release(date, amount));
    }
}
