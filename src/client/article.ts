/** Article pages: copy the link, copy code, play videos in place. */
import { initCodeCopy } from "./lib/code-copy.ts";
import { initShareLink } from "./lib/share-link.ts";
import { initVideos } from "./lib/video.ts";

initShareLink();
initCodeCopy();
initVideos();
