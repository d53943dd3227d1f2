package cn.budgetledger.command.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.stream.Stream;

/** File imports over HTTP: a file in, commands out, and where a running import has got to. */
@RestController
@RequestMapping("/api/imports")
@Tag(name = "导入", description = "从 CSV（UTF-8 或 GB18030/GBK）或 XLSX 导入预算批复、科目调整、支付")
public class ImportController {

    static final String IMPORT_ID_HEADER = "Import-Id";

    private final Importer importer;
    private final ImportProgressBoard board;

    public ImportController(Importer importer, ImportProgressBoard board) {
        this.importer = importer;
        this.board = board;
    }

    @PostMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "导入文件",
            description = "kind：budget-lines（预算批复）、adjustments（科目调整）、payments（支付）、freezes（冻结，负数冻结金额为解冻）、spending-plans（用款计划）等。先检查整个文件："
                    + "有任何错误行则一行不记，422 列出每个错误行（行号以列名行为第 1 行）；否则逐行记账，"
                    + "重复导入同一文件不会重复记账（unchanged），超出可用余额的支付记为拒付并列在 refused 中。"
                    + "可选参数 progressId：由调用方指定的导入编号，导入进行中即可用 GET /api/imports/{id}/progress 查询进度；"
                    + "响应头 Import-Id 给出本次导入的编号。",
            responses = {
                    @ApiResponse(responseCode = "200", description = "已导入",
                            content = @Content(schema = @Schema(implementation = ImportResult.class))),
                    @ApiResponse(responseCode = "422", description = "文件有错误行，未记账",
                            content = @Content(schema = @Schema(implementation = ImportRejection.class))),
                    @ApiResponse(responseCode = "404", description = "未知的导入类型")})
    public ResponseEntity<ImportResult> importFile(
            @PathVariable @Parameter(description = "budget-lines、adjustments、payments、targets、actuals 或 freezes") String kind,
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) @Parameter(description = "调用方指定的导入编号（字母、数字、-、_）") String progressId,
            Principal user) {
        ImportKind importKind = importer.kind(kind);
        ImportProgress progress = board.start(nameOf(user), progressId, importKind.name(), file.getOriginalFilename());
        ImportResult result = importer.importFile(importKind, file, progress);
        return ResponseEntity.ok().header(IMPORT_ID_HEADER, progress.id()).body(result);
    }

    /** The columns a kind of file takes, and which of them it needs: what the import page lists. */
    public record Columns(String kind, List<String> required, List<String> optional) {
    }

    @GetMapping("/{kind}/columns")
    @Operation(summary = "导入文件的列", description = "required：必须有的列；optional：可有的列（其余列忽略）")
    public Columns columns(@PathVariable String kind) {
        ImportKind importKind = importer.kind(kind);
        return new Columns(importKind.name(), importKind.requiredColumns(), importKind.optionalColumns());
    }

    @GetMapping(path = "/{kind}/template", produces = "text/csv")
    @Operation(summary = "下载导入模板", description = "CSV（UTF-8 带 BOM，Excel 可直接打开）：第 1 行为该类文件的全部列名，必填列在前")
    public ResponseEntity<byte[]> template(@PathVariable String kind) {
        ImportKind importKind = importer.kind(kind);
        StringBuilder header = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(header, CSVFormat.EXCEL)) {
            printer.printRecord(Stream.concat(importKind.requiredColumns().stream(),
                    importKind.optionalColumns().stream()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("导入模板-" + importKind.name() + ".csv", StandardCharsets.UTF_8).build().toString())
                .body(("\uFEFF" + header).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/{id}/progress")
    @Operation(summary = "导入进度", description = "阶段 CHECKING（检查中）、RECORDING（记账中）、DONE、REJECTED（有错误行）、FAILED；"
            + "只保留本进程最近 200 次导入；只有发起导入的用户可以查询，其他用户得到 404")
    public ImportProgressView progress(@PathVariable String id, Principal user) {
        return board.find(nameOf(user), id);
    }

    private static String nameOf(Principal user) {
        return user == null ? null : user.getName();
    }

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<ImportRejection> rejected(ImportRejectedException rejected) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ImportRejection(rejected.errors()));
    }
}
