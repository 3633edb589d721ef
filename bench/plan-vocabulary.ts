/**
 * The words a generated benchmark plan is written in: a provincial plan region with its
 * cities and a few counties, the four categories of the Huzhou table, 处室 owners and
 * indicator names in the style of the seed documents. Illustrative only.
 */

/** The plan's own level (Settings `plan.region`). */
export const PLAN_REGION = '浙江省';

/** The plan region first, then 19 others: 20 regions in all. */
export const REGIONS: readonly string[] = [
  PLAN_REGION,
  '杭州市',
  '宁波市',
  '温州市',
  '嘉兴市',
  '湖州市',
  '绍兴市',
  '金华市',
  '衢州市',
  '舟山市',
  '台州市',
  '丽水市',
  '吴兴区',
  '南浔区',
  '德清县',
  '长兴县',
  '安吉县',
  '海宁市',
  '桐乡市',
  '义乌市',
];

/** The categories of the Huzhou 表1. */
export const CATEGORIES = ['营商环境', '质量提升', '市场安全', '科技支撑'] as const;

/** Illustrative owners (责任处室). */
export const OWNERS = [
  '登记注册处',
  '信用监管处',
  '知识产权处',
  '质量发展处',
  '标准化处',
  '认证认可处',
  '食品安全协调处',
  '食品安全抽检监测处',
  '特种设备安全监察处',
  '计量处',
  '科技信息处',
  '执法稽查处',
] as const;

/** Who typed the actuals in (填报人). */
export const ENTERED_BY = [
  '规划财务处 张敏',
  '登记注册处 李强',
  '质量发展处 王芳',
  '统计员 陈磊',
] as const;

/** Name stems per kind of indicator; a serial number keeps each name apart. */
export const NAME_STEMS = {
  level: [
    '在册市场主体数',
    '每万人高价值发明专利拥有量',
    '质量管理体系认证证书数',
    '信用规则应用率',
    '小微企业活跃度',
  ],
  cumulative: [
    '累计培育品牌数',
    '累计制修订标准数',
    '累计建成计量测试中心数',
    '累计新增知识产权质押额',
  ],
  threshold: [
    '食品评价性抽检合格率',
    '公众食品药品安全满意度',
    '产品质量监督抽查合格率',
    '药品抽检合格率',
  ],
  limit: ['万台特种设备事故率', '食品安全事故发生率', '投诉举报办结超期率'],
  growth: ['知识产权质押融资额', '检验检测机构营业收入', '高新技术企业产值'],
  annual: ['每年新增省级品牌', '每年新增专利示范企业', '每年新增放心消费单位'],
  perCapita: ['食品安全抽检批次', '药品抽检批次', '计量器具检定批次'],
} as const;
