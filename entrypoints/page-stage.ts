import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startSecondStage } from '@/lib/page/stage/second-stage';

// The content script's second stage: injected by the background (scripting.executeScript) into
// the content script's world of a frame whose text may hold a mention; never web-accessible.
// Its result (whether it started) goes back to the background's executeScript.
export default defineUnlistedScript(() => startSecondStage());
