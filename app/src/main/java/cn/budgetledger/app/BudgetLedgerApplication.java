package cn.budgetledger.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication(scanBasePackages = "cn.budgetledger")
public class BudgetLedgerApplication {

    public static void main(String[] args) {
        // The product never phones home; Axon reads this before it starts.
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(BudgetLedgerApplication.class, args);
    }
}
