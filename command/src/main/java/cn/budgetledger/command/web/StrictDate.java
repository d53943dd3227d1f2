package cn.budgetledger.command.web;

import cn.budgetledger.api.LedgerException;
import cn.budgetledger.api.PlainText;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A business date in a JSON body: a string YYYY-MM-DD, or absent (or null) where the request has a default. Jackson
 * would read "", [] and "\u0000" as no date at all, and an allocation without a date is dated 1 January: a date
 * that is there must be a date.
 */
final class StrictDate extends JsonDeserializer<LocalDate> {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = parser.currentToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
        if (parser.currentToken() == JsonToken.START_ARRAY || parser.currentToken() == JsonToken.START_OBJECT) {
            parser.skipChildren();
        }
        if (text == null || !ISO_DATE.matcher(text).matches()) {
            throw LedgerException.invalid("DATE_MALFORMED", "日期格式应为 YYYY-MM-DD："
                    + (text == null ? "不是文本" : "「" + PlainText.shown(text) + "」"));
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException noSuchDay) {
            throw LedgerException.invalid("DATE_MALFORMED", "日期不存在：" + text);
        }
    }
}
