import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackgroundHandlers } from '../utils/background/handlers';
import { createExampleRepository } from '../utils/db/repository';
import { openDatabase } from '../utils/db/schema';
import { CONTENT_SCRIPT_REQUESTS, type ToBackground } from '../utils/messages/protocol';
import { createListener, senderGate } from '../utils/messages/transport';

export default defineBackground(() => {
  const repo = createExampleRepository(openDatabase());
  // MV3 (Chrome) names it `action`, MV2 (Firefox build) `browserAction`.
  const badge = browser.action ?? browser.browserAction;
  const handlers = createBackgroundHandlers({ repo, badge });
  browser.runtime.onMessage.addListener(
    createListener<ToBackground>(handlers, senderGate<ToBackground>(browser.runtime.getURL('/'), CONTENT_SCRIPT_REQUESTS)),
  );
});
