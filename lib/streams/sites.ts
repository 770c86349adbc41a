/**
 * The legal streaming and broadcast-on-demand sites a work can be watched on, declared once: what
 * readers call each (its own name, then an English gloss where the name is not in Latin letters),
 * the address of a work there and the regions it serves by default (ISO 3166-1 alpha-2; none when
 * it serves most of the world and a title's regions vary). Client-safe: the edit form, the work
 * page, the season chart, the API and the importer all read it.
 *
 * Sites taken from bangumi-data's `siteMeta` (CC BY 4.0) of type `onair`; its `resource` sites
 * (torrent and download search) are deliberately absent, so nothing can link to them.
 */

type StreamSite = {
  label: string;
  /** The address of the work on the site; `id` is its id there. */
  url(id: string): string;
  regions: readonly string[];
};

const template = (pattern: string) => (id: string) => pattern.replace("{id}", encodeURI(id));

const youtubePlaylist = template("https://www.youtube.com/playlist?list={id}");
const bilibili = template("https://www.bilibili.com/bangumi/media/md{id}/");
const gamer = template("https://acg.gamer.com.tw/acgDetail.php?s={id}");

export const STREAM_SITES = {
  crunchyroll: { label: "Crunchyroll", url: template("https://www.crunchyroll.com/series/{id}/"), regions: [] },
  netflix: { label: "Netflix", url: template("https://www.netflix.com/title/{id}"), regions: [] },
  disneyplus: { label: "Disney+", url: template("https://www.disneyplus.com/series/view/{id}"), regions: [] },
  prime: { label: "Prime Video", url: template("https://www.amazon.co.jp/gp/video/detail/{id}"), regions: ["JP"] },
  youtube: { label: "YouTube", url: youtubePlaylist, regions: [] },
  unext: { label: "U-NEXT", url: template("https://video.unext.jp/title/{id}"), regions: ["JP"] },
  danime: {
    label: "dアニメストア (d Anime Store)",
    url: template("https://animestore.docomo.ne.jp/animestore/ci_pc?workId={id}"),
    regions: ["JP"],
  },
  abema: { label: "ABEMA", url: template("https://abema.tv/video/title/{id}"), regions: ["JP"] },
  nicovideo: { label: "Niconico", url: template("https://ch.nicovideo.jp/{id}"), regions: ["JP"] },
  bilibili: { label: "哔哩哔哩 (bilibili)", url: bilibili, regions: ["CN"] },
  bilibili_hk_mo_tw: {
    label: "哔哩哔哩 (bilibili Hong Kong, Macau, Taiwan)",
    url: bilibili,
    regions: ["HK", "MO", "TW"],
  },
  bilibili_hk_mo: { label: "哔哩哔哩 (bilibili Hong Kong, Macau)", url: bilibili, regions: ["HK", "MO"] },
  bilibili_tw: { label: "哔哩哔哩 (bilibili Taiwan)", url: bilibili, regions: ["TW"] },
  acfun: { label: "AcFun", url: template("https://www.acfun.cn/bangumi/aa{id}"), regions: ["CN"] },
  youku: { label: "优酷 (Youku)", url: template("https://list.youku.com/show/id_z{id}.html"), regions: ["CN"] },
  qq: { label: "腾讯视频 (Tencent Video)", url: template("https://v.qq.com/detail/{id}.html"), regions: ["CN"] },
  iqiyi: { label: "爱奇艺 (iQIYI)", url: template("https://www.iqiyi.com/{id}.html"), regions: ["CN"] },
  letv: { label: "乐视 (LeTV)", url: template("https://www.le.com/comic/{id}.html"), regions: ["CN"] },
  mgtv: { label: "芒果TV (Mango TV)", url: template("https://www.mgtv.com/h/{id}.html"), regions: ["CN"] },
  gamer: { label: "動畫瘋 (Bahamut Anime Crazy)", url: gamer, regions: ["TW"] },
  gamer_hk: { label: "動畫瘋 HK (Bahamut Anime Crazy Hong Kong)", url: gamer, regions: ["HK", "MO"] },
  muse_hk: { label: "木棉花 HK (Muse Hong Kong)", url: youtubePlaylist, regions: ["HK", "MO"] },
  muse_tw: { label: "木棉花 TW (Muse Taiwan)", url: youtubePlaylist, regions: ["TW"] },
  ani_one: { label: "Ani-One", url: youtubePlaylist, regions: ["HK", "TW", "MO", "SG", "MY"] },
  ani_one_asia: {
    label: "Ani-One Asia",
    url: youtubePlaylist,
    regions: [
      "HK",
      "TW",
      "MO",
      "SG",
      "MY",
      "PH",
      "TH",
      "ID",
      "VN",
      "KH",
      "BD",
      "BN",
      "BT",
      "FJ",
      "FM",
      "IN",
      "LA",
      "LK",
      "MH",
      "MM",
      "MN",
      "MV",
      "NP",
      "NR",
      "PG",
      "PK",
      "PW",
      "SB",
      "TL",
      "TO",
      "TV",
      "VU",
      "WS",
    ],
  },
  tropics: { label: "回歸線娛樂 (Tropics Entertainment)", url: youtubePlaylist, regions: ["HK", "TW", "MO"] },
  viu: {
    label: "Viu",
    url: template("https://www.viu.com/ott/hk/zh-hk/vod/{id}/"),
    regions: ["HK", "SG", "MY", "IN", "PH", "TH", "MM", "BH", "EG", "JO", "KW", "OM", "QA", "SA", "AE", "ZA"],
  },
  mytv: { label: "myTV SUPER", url: template("https://www.mytvsuper.com/tc/programme/{id}/"), regions: ["HK"] },
} as const satisfies Record<string, StreamSite>;

export type StreamSiteId = keyof typeof STREAM_SITES;

export const STREAM_SITE_IDS = Object.keys(STREAM_SITES) as [StreamSiteId, ...StreamSiteId[]];

export function isStreamSite(value: string): value is StreamSiteId {
  return Object.hasOwn(STREAM_SITES, value);
}

export function streamSiteLabel(site: StreamSiteId): string {
  return STREAM_SITES[site].label;
}

export function streamUrl(site: StreamSiteId, id: string): string {
  return STREAM_SITES[site].url(id);
}
