import type { Bilingual } from '../bilingual.ts';

/** The add-in's developer tooling: manifest validation and desktop sideloading. */
export const TOOLING_MESSAGES = {
  'tooling.manifest_valid': {
    zh: '{path} 符合 Office 加载项清单架构',
    en: '{path} is valid against the Office add-in manifest schemas',
  },
  'tooling.manifest_invalid': {
    zh: '{path} 不符合 Office 加载项清单架构（{count} 处问题）：',
    en: '{path} does not validate against the Office add-in manifest schemas (problems: {count}):',
  },
  'tooling.manifest_unreadable': {
    zh: '无法读取清单文件 {path}：{reason}',
    en: 'cannot read the manifest {path}: {reason}',
  },
  'tooling.desktop_unsupported': {
    zh: '此系统（{platform}）没有桌面版 Excel，无法旁加载到桌面版。请改用网页版 Excel：运行 npm run dev-server，再按 README“旁加载”一节上传 manifest.xml。',
    en: 'There is no desktop Excel on this system ({platform}), so nothing can be sideloaded here. Use Excel on the web: run npm run dev-server, then upload manifest.xml as README "Sideload" describes.',
  },
  'tooling.desktop_failed': {
    zh: 'office-addin-debugging 未成功结束（退出码 {code}）',
    en: 'office-addin-debugging did not finish successfully (exit code {code})',
  },
  'tooling.desktop_usage': {
    zh: '用法：desktop-sideload start|stop',
    en: 'usage: desktop-sideload start|stop',
  },
} satisfies Record<string, Bilingual>;
