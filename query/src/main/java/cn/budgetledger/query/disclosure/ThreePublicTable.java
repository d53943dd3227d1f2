package cn.budgetledger.query.disclosure;

/** "三公"经费: 因公出国（境）费, 公务用车购置及运行维护费 (购置, 运行维护), 公务接待费, in 万元. */
public record ThreePublicTable(String total, String abroad, String vehicleTotal, String vehiclePurchase,
                               String vehicleOperation, String reception) {
}
