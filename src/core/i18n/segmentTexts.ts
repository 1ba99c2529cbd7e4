import type { Lang } from "../types";

export interface SegmentText {
  name: string;
  action: string;
  channels: string;
}

/**
 * Display name, recommended action and channels of every segment key, in English and Simplified
 * Chinese (SPEC §4). Keys are stable identifiers; these texts are what users see.
 */
// prettier-ignore
export const SEGMENT_TEXTS: Readonly<Record<string, Record<Lang, SegmentText>>> = {
  champions: {
    en: { name: "Champions", action: "Reward them: early access to new products, VIP perks; ask for reviews and referrals", channels: "App push, WeChat" },
    "zh-CN": { name: "冠军客户", action: "给予回馈：新品抢先体验、VIP 专属权益；邀请评价和推荐", channels: "App 推送、微信" },
  },
  loyal: {
    en: { name: "Loyal", action: "Upsell; loyalty points and tiers; ask for feedback", channels: "App push, WeChat, SMS" },
    "zh-CN": { name: "忠诚客户", action: "向上销售；积分与会员等级；征求反馈", channels: "App 推送、微信、短信" },
  },
  potential_loyalist: {
    en: { name: "Potential Loyalist", action: "Membership offer; personalised recommendations", channels: "WeChat, SMS" },
    "zh-CN": { name: "潜力客户", action: "推荐入会；个性化推荐", channels: "微信、短信" },
  },
  new_customers: {
    en: { name: "New Customers", action: "Welcome pack and onboarding; drive the second purchase", channels: "SMS, WeChat" },
    "zh-CN": { name: "新客户", action: "新客礼包与引导；促成第二次购买", channels: "短信、微信" },
  },
  promising: {
    en: { name: "Promising", action: "Build awareness; trial sizes", channels: "WeChat, email" },
    "zh-CN": { name: "有望客户", action: "提升品牌认知；提供试用装", channels: "微信、邮件" },
  },
  need_attention: {
    en: { name: "Need Attention", action: "Limited-time offers based on past purchases", channels: "SMS, WeChat" },
    "zh-CN": { name: "需关注客户", action: "基于历史购买的限时优惠", channels: "短信、微信" },
  },
  about_to_sleep: {
    en: { name: "About To Sleep", action: "Reminders with popular products and discounts", channels: "SMS, email" },
    "zh-CN": { name: "即将沉睡客户", action: "推送热门商品和折扣提醒", channels: "短信、邮件" },
  },
  at_risk: {
    en: { name: "At Risk", action: "Personalised win-back offers", channels: "SMS, phone" },
    "zh-CN": { name: "流失风险客户", action: "个性化挽回优惠", channels: "短信、电话" },
  },
  cannot_lose: {
    en: { name: "Can't Lose Them", action: "High-touch win-back: call, exclusive gift, new products", channels: "Phone, SMS" },
    "zh-CN": { name: "不能失去的客户", action: "高关怀挽回：电话沟通、专属礼品、新品推荐", channels: "电话、短信" },
  },
  hibernating: {
    en: { name: "Hibernating", action: "Low-cost offers; other categories", channels: "Email, WeChat" },
    "zh-CN": { name: "休眠客户", action: "低成本优惠；推荐其他品类", channels: "邮件、微信" },
  },
  lost: {
    en: { name: "Lost", action: "One last reactivation attempt, then stop contacting", channels: "Email" },
    "zh-CN": { name: "流失客户", action: "最后一次唤醒尝试，之后停止联系", channels: "邮件" },
  },
  important_value: {
    en: { name: "Important Value", action: "VIP care; exclusive benefits", channels: "App push, WeChat" },
    "zh-CN": { name: "重要价值客户", action: "VIP 专属关怀；独享权益", channels: "App 推送、微信" },
  },
  important_development: {
    en: { name: "Important Development", action: "Raise purchase frequency: membership, repeat incentives", channels: "WeChat, SMS" },
    "zh-CN": { name: "重要发展客户", action: "提升购买频次：会员计划、复购激励", channels: "微信、短信" },
  },
  important_keep: {
    en: { name: "Important Keep", action: "Proactive contact before they lapse: recall offers, a call", channels: "Phone, SMS" },
    "zh-CN": { name: "重要保持客户", action: "在流失前主动联系：召回优惠、电话回访", channels: "电话、短信" },
  },
  important_winback: {
    en: { name: "Important Win-back", action: "Win-back offers; find out why they left", channels: "Phone, SMS" },
    "zh-CN": { name: "重要挽留客户", action: "挽回优惠；了解流失原因", channels: "电话、短信" },
  },
  general_value: {
    en: { name: "General Value", action: "Raise order value: bundles, cross-sell", channels: "WeChat, SMS" },
    "zh-CN": { name: "一般价值客户", action: "提升客单价：组合套餐、交叉销售", channels: "微信、短信" },
  },
  general_development: {
    en: { name: "General Development", action: "Nurture: coupons, trials", channels: "WeChat, email" },
    "zh-CN": { name: "一般发展客户", action: "培育：优惠券、试用", channels: "微信、邮件" },
  },
  general_keep: {
    en: { name: "General Keep", action: "Low-cost contact", channels: "Email, WeChat" },
    "zh-CN": { name: "一般保持客户", action: "低成本维系", channels: "邮件、微信" },
  },
  general_winback: {
    en: { name: "General Win-back", action: "Lowest priority; low-cost contact or none", channels: "Email" },
    "zh-CN": { name: "一般挽留客户", action: "最低优先级；低成本触达或不触达", channels: "邮件" },
  },
  others: {
    en: { name: "Others", action: "No rule matched: review the segment rules", channels: "—" },
    "zh-CN": { name: "其他", action: "未匹配任何规则：请检查分群规则", channels: "—" },
  },
};

/**
 * Texts of a segment key; unknown keys (custom rules) show their key or their own names.
 * @example segmentText("important_keep", "zh-CN").name // "重要保持客户"
 */
export function segmentText(key: string, lang: Lang, customNames?: Partial<Record<Lang, string>>): SegmentText {
  const known = SEGMENT_TEXTS[key]?.[lang];
  const name = customNames?.[lang] ?? customNames?.en ?? known?.name ?? key;
  if (known) return { ...known, name };
  return { name, action: "", channels: "" };
}
