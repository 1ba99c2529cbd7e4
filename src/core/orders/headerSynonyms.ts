import type { Role } from "../types";

/**
 * Header texts per role, in English and Chinese, best match first: an earlier synonym beats a
 * later one when two columns compete for a role (so `customer_id` wins over `email`). Entries are
 * written normalised (see `normalizeHeader`).
 */
// prettier-ignore
export const HEADER_SYNONYMS: Readonly<Record<Role, readonly string[]>> = {
  customer: [
    "customerid", "customerno", "customernumber", "customercode", "clientid", "memberid", "memberno",
    "userid", "buyerid", "accountid", "客户id", "客户编号", "客户号", "客户代码", "会员id", "会员号",
    "会员编号", "会员卡号", "用户id", "用户编号", "买家id", "买家昵称", "顾客id", "顾客编号",
    "customer", "client", "member", "buyer", "user", "customername", "客户", "会员", "用户", "买家",
    "顾客", "客户名称", "客户姓名", "email", "emailaddress", "邮箱",
  ],
  date: [
    "orderdate", "purchasedate", "invoicedate", "transactiondate", "paymentdate", "orderdatetime",
    "ordertime", "订单日期", "下单时间", "下单日期", "交易时间", "交易日期", "支付时间", "付款时间",
    "付款日期", "成交时间", "订单时间", "购买日期", "购买时间", "date", "日期", "时间", "datetime",
  ],
  amount: [
    "amount", "revenue", "sales", "total", "spend", "value", "orderamount", "ordervalue", "ordertotal",
    "totalamount", "salesamount", "netamount", "netsales", "paidamount", "payment", "实付金额",
    "支付金额", "订单金额", "销售额", "消费金额", "金额", "实付", "成交金额", "付款金额", "应付金额",
    "销售金额", "总金额", "总价",
  ],
  orderId: [
    "orderid", "orderno", "ordernumber", "invoice", "invoiceno", "invoiceid", "invoicenumber",
    "transactionid", "订单号", "订单编号", "订单id", "交易号", "交易单号", "单号", "order", "订单",
  ],
  quantity: ["qty", "quantity", "数量", "购买数量", "件数", "units"],
  unitPrice: ["unitprice", "price", "单价", "商品单价", "售价"],
};

/** Words that mark a column as a date when no synonym matches exactly (`Ship date`, `下单时间(UTC)`). */
export const DATE_HINTS: readonly string[] = ["date", "日期", "时间"];
