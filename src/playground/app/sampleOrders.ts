import { mulberry32 } from "../../core/stats/mulberry32";

/**
 * The playground's bundled sample: Chinese retail-style order lines (≈20k), generated from a seed
 * so every visitor sees the same data. Headers as a Chinese export has them; amounts as text with a
 * currency sign on some lines, a few refunds and a few bad rows, as real exports do.
 * @example sampleOrders(20_000, 7)[0] // ["订单编号", "客户编号", "下单时间", "实付金额", "商品", "渠道"]
 */
export function sampleOrders(lines = 20_000, seed = 2024): unknown[][] {
  const rand = mulberry32(seed);
  const products = ["面霜", "精华液", "口红", "洗面奶", "防晒霜", "面膜", "香水", "眼霜"];
  const channels = ["天猫", "京东", "抖音", "小程序", "门店"];
  const rows: unknown[][] = [["订单编号", "客户编号", "下单时间", "实付金额", "商品", "渠道"]];
  const customers = Math.round(lines / 6);
  for (let i = 0; i < lines; i++) {
    const c = Math.floor(customers * rand() ** 1.7);
    const day = 45292 + Math.floor(rand() * 366); // 2024
    const date = new Date(Date.UTC(1899, 11, 30 + day, 8 + Math.floor(rand() * 14), Math.floor(rand() * 60)));
    const text = date.toISOString().slice(0, 16).replace("T", " ");
    const price = Math.round((39 + rand() * 800) * 100) / 100;
    const refund = rand() < 0.02;
    const amount = refund ? -price : price;
    rows.push([
      `DD${String(2024000000 + i)}`,
      `VIP${String(c).padStart(6, "0")}`,
      text,
      rand() < 0.2 ? `¥${amount.toFixed(2)}` : amount,
      products[Math.floor(rand() * products.length)],
      channels[Math.floor(rand() * channels.length)],
    ]);
  }
  // A few rows as exports really come: a missing customer, an unreadable date.
  rows.push(["DD-bad-1", "", "2024-06-01 10:00", 99, "口红", "京东"]);
  rows.push(["DD-bad-2", "VIP000001", "昨天", 99, "口红", "京东"]);
  return rows;
}
