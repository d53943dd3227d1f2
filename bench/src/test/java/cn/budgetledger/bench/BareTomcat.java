package cn.budgetledger.bench;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * The HTTP floor: the Tomcat the ledger runs in, without Spring, answering every request with one servlet that
 * reads the body and writes a payment's answer as the ledger does (201, JSON, its length). What a request costs on
 * this machine before any security, dispatch or ledger work.
 */
final class BareTomcat implements AutoCloseable {

    /** The ledger's answer to a recorded payment, byte for byte in length and shape. */
    private static final byte[] ANSWER = """
            {"voucher":"V001","status":"RECORDED","amount":"1000.50","available":"1199699.50","code":null,"message":null}"""
            .getBytes(StandardCharsets.UTF_8);

    private final Tomcat tomcat = new Tomcat();

    BareTomcat() throws IOException, LifecycleException {
        tomcat.setBaseDir(Files.createTempDirectory("bare-tomcat").toString());
        tomcat.setPort(0);
        tomcat.getConnector();
        Context context = tomcat.addContext("", null);
        Tomcat.addServlet(context, "answer", new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
                request.getInputStream().readAllBytes();
                response.setStatus(HttpServletResponse.SC_CREATED);
                response.setContentType("application/json");
                response.setContentLength(ANSWER.length);
                response.getOutputStream().write(ANSWER);
            }
        });
        context.addServletMappingDecoded("/*", "answer");
        tomcat.start();
    }

    String url() {
        return "http://localhost:" + tomcat.getConnector().getLocalPort();
    }

    @Override
    public void close() throws LifecycleException {
        tomcat.stop();
        tomcat.destroy();
    }
}
